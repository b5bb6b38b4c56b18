# frozen_string_literal: true

class AddProfileToUsers < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :bio, :text
    add_column "users", "avatar_url", :string, limit: 512
    add_reference :users, :company, foreign_key: true
    rename_column :users, :name, :full_name
    change_column_null :users, :full_name, false
    add_index :users, [:company_id, :full_name], name: "index_users_company_name"
  end
end
